#!/usr/bin/perl
# Times Debian's sisimai (libsisimai-perl) on the bounce files named on the command line, inside one Perl process so
# that interpreter start-up is not counted, and prints JSON: milliseconds for `reps` passes over all files, and what
# sisimai found in each file (recipient, status, reason, action, remote host). Used by bench/bounces.mjs.
use strict;
use warnings;
use Sisimai;
use JSON::PP;
use Time::HiRes qw(time);

my $reps = shift @ARGV;
my @files = @ARGV;
my @texts;
for my $f (@files) {
    open my $fh, '<:raw', $f or die "$f: $!";
    local $/;
    push @texts, scalar <$fh>;
    close $fh;
}
my $t0 = time;
for (1 .. $reps) {
    for my $s (@texts) { Sisimai->make(\$s, input => 'email') }
}
my $ms = (time - $t0) * 1000;
my %found;
for my $i (0 .. $#files) {
    my $r = Sisimai->make(\$texts[$i], input => 'email') || [];
    $found{ $files[$i] } = [ map { {
        recipient => "" . $_->recipient->address,
        status    => $_->deliverystatus,
        reason    => $_->reason,
        action    => $_->action,
        rhost     => $_->rhost,
    } } @$r ];
}
print JSON::PP->new->canonical->encode({ version => "$Sisimai::VERSION", ms => $ms, messages => $reps * scalar(@texts), found => \%found });
